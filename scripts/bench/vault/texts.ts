/** Word material for the generated vault: realistic enough that coaching and link resolution do real work. */
export const FIRST_NAMES = [
	"Sanne", "Joost", "Fatima", "Pieter", "Anouk", "Mehmet", "Lotte", "Ruben", "Esther", "Daan", "Noor", "Bram",
	"Iris", "Youssef", "Femke", "Thijs", "Marloes", "Kees", "Ayla", "Wouter", "Sophie", "Jeroen", "Lisa", "Hamza",
	"Ingrid", "Sem", "Roos", "Gijs", "Naima", "Tim",
] as const;

export const LAST_NAMES = [
	"de Vries", "Bakker", "El Amrani", "Jansen", "Visser", "Yilmaz", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
	"Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "de Wit", "Dijkstra",
] as const;

export const GROUP_NAMES = [
	"Team leads", "Care coordinators", "Primary teachers", "Project managers", "HR advisers", "Nursing staff",
	"Youth workers", "Policy officers", "Social workers", "Product owners",
] as const;

export const PERIODS = ["2025 spring", "2025 autumn", "2026 spring"] as const;

export const THEMES = ["Feedback", "Saying no", "Conflict in the team", "Workload", "Change", "Difficult conversations", "Trust"] as const;

export interface GoalText {
	title: string;
	statement: string;
	why: string;
	whereWhen: string;
	evidence: string;
}

export const GOALS: readonly GoalText[] = [
	{
		title: "Listen before I advise",
		statement: "In my weekly one-to-ones I ask at least two open questions before I give any advice, from now until June.",
		why: "My team says I jump to solutions.",
		whereWhen: "Weekly one-to-ones, Monday and Tuesday.",
		evidence: "I note per conversation how many questions I asked first.",
	},
	{
		title: "Plan my week on Friday",
		statement: "Every Friday afternoon I plan the next week in my calendar, including two blocks of focus time.",
		why: "I lose my mornings to mail.",
		whereWhen: "Friday at four, at my desk.",
		evidence: "My calendar shows the blocks every Monday morning.",
	},
	{
		title: "Say no to extra work",
		statement: "When someone asks me for extra work I ask for a day to think before I answer, every time this quarter.",
		why: "I say yes and regret it the same evening.",
		whereWhen: "Requests by mail, in the corridor and in meetings.",
		evidence: "I keep a list of requests and my answers.",
	},
	{
		title: "Give feedback within a day",
		statement: "I give my colleagues specific feedback within one day after a meeting, at least once a week until the summer.",
		why: "Feedback that waits a week loses its point.",
		whereWhen: "After team meetings and client visits.",
		evidence: "I count the feedback moments in my weekly review.",
	},
	{
		title: "Summarise decisions in meetings",
		statement: "At the end of every meeting I lead I summarise the decisions and who does what, starting next week.",
		why: "We leave meetings with different ideas of what we agreed.",
		whereWhen: "The Monday team meeting and project meetings.",
		evidence: "The minutes hold my summary every week.",
	},
	{
		title: "Ask for help sooner",
		statement: "When I am stuck for more than an hour I ask a colleague for help the same day.",
		why: "I lose days on problems others solve in minutes.",
		whereWhen: "At work, on complex files.",
		evidence: "I write down each time I asked and how long I had been stuck.",
	},
	{
		title: "Stay calm in conflicts",
		statement: "In a conflict I name what I see and ask what the other needs, before I defend my own view, in every team meeting.",
		why: "I escalate when I feel attacked.",
		whereWhen: "Team meetings and talks with parents.",
		evidence: "After each conflict I score my calm from 1 to 10.",
	},
	{
		title: "Delegate a task each week",
		statement: "Each week I hand one task I usually do myself to a team member, with a clear result and date, until the end of the year.",
		why: "My team can do more than I let them.",
		whereWhen: "Monday planning.",
		evidence: "My task list shows one delegated task per week.",
	},
] as const;

export const QUESTION_STARTS = [
	"How can I", "How do I", "What can I do to", "How can I better", "What stops me from trying to", "How do I learn to",
] as const;

export const QUESTION_ENDS = [
	"let my team decide without taking over", "tell my manager that the planning is not realistic",
	"stay in my role when a colleague falls ill", "address a colleague who keeps missing deadlines",
	"keep my boundaries with a demanding client", "involve a quiet team member in meetings",
	"handle criticism from parents in a meeting", "say no to my director", "give feedback to someone older than me",
	"divide the work fairly in a team that is understaffed", "start a difficult conversation about behaviour",
	"keep an overview when three projects need me at once",
] as const;

export const ACTIONS = [
	"Ask two open questions in the next one-to-one", "Summarise the decisions in the Monday meeting",
	"Discuss the planning with my manager", "Block two hours of focus time", "Give feedback to the new colleague",
	"Write down every request I said yes to", "Hand the weekly report to a team member", "Ask a colleague to observe me",
] as const;

export const WORDS = [
	"project", "planning", "klant", "overleg", "budget", "roadmap", "meeting", "afspraak", "notitie", "idee", "team",
	"review", "kwartaal", "doel", "risico", "evaluatie", "agenda", "voorstel", "onderzoek", "feedback", "training",
	"rapport", "proces", "data", "ontwerp", "workshop", "besluit", "actiepunt", "interview", "strategie", "leverancier",
	"the", "and", "we", "discussed", "next", "steps", "with", "about", "for", "de", "het", "een", "en", "van", "met",
] as const;

export const FOLDERS = ["Projects", "Meetings", "Reading", "People", "Inbox", "Areas", "Archive", "Ideas"] as const;

export const TAGS = ["work", "idea", "todo", "reading", "meeting", "project", "later", "important"] as const;

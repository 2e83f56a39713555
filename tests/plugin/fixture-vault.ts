/** A small trajectory as a user would have it after a few months: sessions, goals, a case, a report. */
export const TRAJECTORY_VAULT: Record<string, string> = {
	"Intervisie/Trajectories/Team leads 2026.md": "---\nintervisie: trajectory\nstart: 2026-01-12\nend: 2026-11-30\nmembers:\n  - Sanne de Vries\n  - Joris Bakker\n  - Aylin Demir\nfacilitator: Marieke Smit\nscale-min: 1\nscale-max: 5\n---\n",
	"Intervisie/Sessions/2026-01-26 Session 1.md": '---\nintervisie: session\ndate: 2026-01-26\nnumber: 1\ntrajectory: "[[Team leads 2026]]"\nstatus: held\ncase-bringers:\n  - Joris Bakker\n---\n',
	"Intervisie/Sessions/2026-03-09 Session 2.md": '---\nintervisie: session\ndate: 2026-03-09\nnumber: 2\ntrajectory: "[[Team leads 2026]]"\nstatus: held\ncase-bringers:\n  - Sanne de Vries\nfacilitator: Aylin Demir\ncases:\n  - "[[How can I say no in the MT]]"\n---\n',
	"Intervisie/Sessions/2026-04-20 Session 3.md": '---\nintervisie: session\ndate: 2026-04-20\nnumber: 3\ntrajectory: "[[Team leads 2026]]"\nstatus: planned\n---\n',
	"Intervisie/Cases/How can I say no in the MT.md": '---\nintervisie: case\nsession: "[[2026-03-09 Session 2]]"\nquestion: How can I say no in the MT?\nstatus: ready\n---\n',
	"Intervisie/Goals/Summarise.md": '---\nintervisie: goal\nstatus: active\ntrajectory: "[[Team leads 2026]]"\n---\n## What I will do\n\nI summarise every meeting.\n',
	"Intervisie/Goals/Say no.md": "---\nintervisie: goal\nstatus: active\n---\n",
	"Intervisie/Goals/Old goal.md": "---\nintervisie: goal\nstatus: dropped\n---\n",
	"Intervisie/Goals/Joris goal.md": "---\nintervisie: goal\nauthor: Joris Bakker\n---\n",
	"Intervisie/Reports/2026-01-26 Report session 1.md":
		'---\nintervisie: report\ndate: 2026-01-26\nsession: "[[2026-01-26 Session 1]]"\ngoals:\n  - "[[Summarise]]"\nratings:\n  - 2\n---\n## What I will do next\n\n- [ ] Summarise the Monday meeting 📅 2026-02-02\n- [x] Done thing\n',
	"Daily/2026-03-05.md": "Today I summarised the meeting.\n\nSecond line stays.\n",
};

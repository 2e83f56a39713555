/**
 * How many values `root` holds once every shared part is counted each time it is used, as a YAML alias
 * repeats its anchor: a list counts itself and its items, a mapping itself and its values. Stops counting
 * at `limit + 1`, and gives that for a value that contains itself.
 *
 * Each distinct list or mapping is walked once and its size remembered, so the cost follows the parsed
 * text, not the size it expands to: nine aliases of nine aliases, seven deep, cost 63 steps, not 4.8 million.
 */
export function expandedSize(root: unknown, limit: number): number {
	if (!isContainer(root)) return 1;
	const over = limit + 1;
	const sizes = new WeakMap<object, number>();
	const open = new Set<object>([root]);
	const stack: Frame[] = [frameOf(root)];
	for (;;) {
		const top = stack[stack.length - 1];
		if (!top) return over;
		const child = top.next < top.children.length ? top.children[top.next++] : DONE;
		if (child !== DONE) {
			if (!isContainer(child)) top.total += 1;
			else if (sizes.has(child)) top.total += sizes.get(child) ?? over;
			else if (open.has(child)) return over;
			else {
				open.add(child);
				stack.push(frameOf(child));
			}
			if (top.total > limit) return over;
			continue;
		}
		stack.pop();
		open.delete(top.node);
		sizes.set(top.node, top.total);
		const parent = stack[stack.length - 1];
		if (!parent) return top.total;
		parent.total += top.total;
		if (parent.total > limit) return over;
	}
}

interface Frame {
	node: object;
	children: readonly unknown[];
	next: number;
	total: number;
}

const DONE = Symbol("done");

function frameOf(node: object): Frame {
	return { node, children: Array.isArray(node) ? node : Object.values(node), next: 0, total: 1 };
}

function isContainer(value: unknown): value is object {
	return typeof value === "object" && value !== null;
}

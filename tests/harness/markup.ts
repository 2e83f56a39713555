/** The elements under `el`, their attributes and text, in order: what a reader and a screen reader get, as one string. */
export function markup(el: Element): string {
	const walk = (node: Node): string => {
		if (node.nodeType === node.TEXT_NODE) return JSON.stringify(node.textContent);
		if (node.nodeType !== node.ELEMENT_NODE) return "";
		const element = node as Element;
		const attributes = Array.from(element.attributes, (a) => `${a.name}=${JSON.stringify(a.value)}`).join(" ");
		return `<${element.tagName} ${attributes}>${Array.from(element.childNodes, walk).join("")}</${element.tagName}>`;
	};
	return Array.from(el.childNodes, walk).join("");
}

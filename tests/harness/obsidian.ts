/**
 * The runtime stand-in for the "obsidian" module (the npm package only has types). Tests alias
 * "obsidian" to this file, so plugin code gets these classes, with Obsidian's names and signatures.
 */
import "./dom";

export { CapacitorAdapter, FileSystemAdapter } from "./adapter";
export { App } from "./app";
export { arrayBufferToBase64, arrayBufferToHex, base64ToArrayBuffer, hexToArrayBuffer } from "./binary";
export { Component } from "./component";
export {
	AbstractTextComponent,
	BaseComponent,
	ButtonComponent,
	DropdownComponent,
	ExtraButtonComponent,
	MomentFormatComponent,
	ProgressBarComponent,
	SearchComponent,
	SliderComponent,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
	ValueComponent,
} from "./components";
export { debounce } from "./debounce";
export { Editor } from "./editor";
export { Events } from "./events";
export { FileManager } from "./file-manager";
export { EditableFileView, FileView, MarkdownView, TextFileView } from "./file-view";
export { TAbstractFile, TFile, TFolder } from "./files";
export {
	getAllTags,
	getFrontMatterInfo,
	iterateCacheRefs,
	iterateRefs,
	parseFrontMatterAliases,
	parseFrontMatterEntry,
	parseFrontMatterStringArray,
	parseFrontMatterTags,
	stripHeading,
	stripHeadingForLink,
} from "./frontmatter";
export { addIcon, displayTooltip, getIcon, getIconIds, removeIcon, setIcon, setTooltip } from "./icons";
export { Keymap, Scope } from "./keymap";
export { MarkdownRenderer } from "./markdown-renderer";
export { Menu, MenuItem, MenuSeparator } from "./menu";
export { MetadataCache } from "./metadata-cache";
export { Modal } from "./modal";
export { request, requestUrl } from "./network";
export { Notice } from "./notice";
export { getLinkpath, normalizePath, parseLinktext } from "./paths";
export { apiVersion, getLanguage, Platform, requireApiVersion } from "./platform";
export { Plugin } from "./plugin";
export { prepareFuzzySearch, prepareSimpleSearch, renderMatches, renderResults, sortSearchResults } from "./search";
export { Setting } from "./setting";
export { PluginSettingTab, SettingTab } from "./setting-tab";
export { FuzzySuggestModal, SuggestModal } from "./suggest-modal";
export { Vault } from "./vault";
export { EmptyView, ItemView, View } from "./view";
export { Workspace } from "./workspace";
export { WorkspaceLeaf } from "./workspace-leaf";
export { parseYaml, stringifyYaml } from "./yaml";

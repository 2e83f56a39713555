import { currentLanguage } from "./sinks";

/** Obsidian's `Platform`, writable here so a test can play a phone: see `setPlatform`. */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};

export type PlatformName = "desktop" | "ios" | "android" | "tablet";

export function setPlatform(name: PlatformName): void {
	const mobile = name !== "desktop";
	Object.assign(Platform, {
		isDesktop: !mobile,
		isMobile: mobile,
		isDesktopApp: !mobile,
		isMobileApp: mobile,
		isIosApp: name === "ios" || name === "tablet",
		isAndroidApp: name === "android",
		isPhone: name === "ios" || name === "android",
		isTablet: name === "tablet",
		isMacOS: false,
		isWin: false,
		isLinux: !mobile,
		isSafari: name === "ios" || name === "tablet",
		resourcePathPrefix: mobile ? "capacitor://localhost/_capacitor_file_" : "app://local/",
	});
}

/** The UI language, as `getLanguage()` in Obsidian 1.8.7+: the harness's, "en" by default. */
export function getLanguage(): string {
	return currentLanguage();
}

export const apiVersion = "1.13.1";

/** The harness plays the newest Obsidian: every API version is there. */
export function requireApiVersion(version: string): boolean {
	void version;
	return true;
}

import { readFileSync, writeFileSync } from "node:fs";
import process from "node:process";

// `npm version` runs this after writing the new version into package.json and package-lock.json, and before
// it commits and tags: manifest.json and versions.json follow, so the tag (no `v`, see .npmrc) is the
// manifest's version, the one Obsidian looks for among the releases.

const read = (file) => JSON.parse(readFileSync(file, "utf8"));
const write = (file, value) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

const { version } = read("package.json");
if (typeof version !== "string" || !/^\d+\.\d+\.\d+$/.test(version)) {
	process.stderr.write(
		`version-bump: Obsidian accepts only versions of the form 1.2.3, not "${String(version)}". ` +
			"Undo the change to package.json and package-lock.json (git checkout -- package.json package-lock.json) and bump again.\n",
	);
	process.exit(1);
}

const manifest = read("manifest.json");
manifest.version = version;
write("manifest.json", manifest);

// Which plugin version an older Obsidian may still install: every release records the app version it needs.
const versions = read("versions.json");
versions[version] = manifest.minAppVersion;
write("versions.json", versions);

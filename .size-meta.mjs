import esbuild from "esbuild";
import { compressedData } from "./scripts/compressed-data.mjs";
const r = await esbuild.build({entryPoints:["src/main.ts"],bundle:true,external:["obsidian","electron","@codemirror/*","@lezer/*"],format:"cjs",target:"es2021",platform:"browser",minify:true,write:false,metafile:true,outfile:"main.js",logLevel:"silent",plugins:process.argv[2]?[compressedData()]:[]});
const out = Object.values(r.metafile.outputs)[0];
console.log("total", r.outputFiles[0].contents.length);
const groups = {};
for (const [p,v] of Object.entries(out.inputs)) { const g = p.split("/").slice(0,3).join("/"); groups[g]=(groups[g]||0)+v.bytesInOutput; }
console.log(Object.entries(groups).sort((a,b)=>b[1]-a[1]).slice(0,12).map(([k,v])=>`${v}\t${k}`).join("\n"));
console.log("---");
console.log(Object.entries(out.inputs).filter(([k])=>k.includes(process.argv[3]||"methods")).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).map(([k,v])=>`${v.bytesInOutput}\t${k}`).join("\n"));

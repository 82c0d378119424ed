// The zip reader and writer live with the registry (release assets are zips); the bot reads workflow
// artifacts with the same code.
export { readZip, writeZip, type ZipEntry } from "../pipelines/registry/zip.ts";

// Image data: IDX files and folders of PNG/JPEG per class, seeded augmentation, splits in the run folder.
export * from "./augment.ts";
export * from "./dataset.ts";
export * from "./folder.ts";
export * from "./idx.ts";

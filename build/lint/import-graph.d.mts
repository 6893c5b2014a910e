export type ImportGraph = Map<string, string[]>;
export function resolveImport(from: string, specifier: string): string | null;
export function importsOf(file: string, text: string): string[];
export function importGraph(root: string, folders: string[]): ImportGraph;
export function circles(graph: ImportGraph): string[][];
export function circleThrough(graph: ImportGraph, file: string): string[] | null;

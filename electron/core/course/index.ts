export { loadCourse, type LoadedCourse } from './load';
export { formatIssue } from './issues';

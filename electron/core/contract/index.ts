export * from './errors';
export * from './course';
export * from './learner';
export * from './calls';
export * from "./sco";
export * from "./progress";
export * from "./export";
export * from '../../shared/enums';

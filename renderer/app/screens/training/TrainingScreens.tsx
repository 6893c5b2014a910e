import type { LearnerSummary } from '../../../../electron/core/contract';
import type { Route } from '../../router';
import { Presenter } from './Presenter';
import { PresenterNotes } from './PresenterNotes';
import { TrainingDetail } from './TrainingDetail';
import { TrainingForm } from './TrainingForm';
import { TrainingList } from './TrainingList';

export type TrainingRoute = Extract<Route, { name: 'trainings' | 'training-new' | 'training' | 'training-edit' | 'training-present' | 'training-notes' }>;

const NAMES = new Set<Route['name']>(['trainings', 'training-new', 'training', 'training-edit', 'training-present', 'training-notes']);
export const isTrainingRoute = (route: Route): route is TrainingRoute => NAMES.has(route.name);

/** The trainer's screens (lecturer mode); the notes window needs no lecturer mode, it only shows what the presenter sends. */
export function TrainingScreens({ route, teacher, learners }: { route: TrainingRoute; teacher: string | undefined; learners: LearnerSummary[] }) {
  switch (route.name) {
    case 'trainings':
      return <TrainingList teacher={teacher} />;
    case 'training-new':
      return <TrainingForm teacher={teacher} learners={learners} />;
    case 'training':
      return <TrainingDetail key={route.trainingId} trainingId={route.trainingId} teacher={teacher} />;
    case 'training-edit':
      return <TrainingForm key={route.trainingId} trainingId={route.trainingId} teacher={teacher} learners={learners} />;
    case 'training-present':
      return <Presenter key={route.trainingId} trainingId={route.trainingId} moduleId={route.moduleId} teacher={teacher} />;
    case 'training-notes':
      return <PresenterNotes key={route.trainingId} trainingId={route.trainingId} />;
  }
}

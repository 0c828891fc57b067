export { runAction, ROOT, parseCommandFile, parseWorkflowCommands, type RunResult, type Annotation } from './run-action.js';
export { FakeGitHub, type RecordedCall, type Fault } from './fake-github.js';
export { makeBareRemote, startFaultyHttpRemote, git, tempDir, type BareRemote, type FaultyHttpRemote } from './git-remotes.js';
export { eventFixture, EVENT_FIXTURES, type EventFixture } from './events.js';

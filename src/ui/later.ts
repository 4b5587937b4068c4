// The lazily loaded chunk: the parts after the first question, bound to the real flows and catalogue.
import bundle from 'virtual:flow-bundle';
import { deferredParts } from './deferred.ts';

export default deferredParts(bundle);

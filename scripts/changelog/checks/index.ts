// The registry of checks: each looks at one operation's diff for one kind of change.
import type { OperationDiff } from '../diff.js';
import type { Finding } from '../types.js';
import { checkDeprecation } from './deprecation.js';
import { checkEnums } from './enums.js';
import { checkFieldsAddedRemoved } from './fields-added-removed.js';
import { checkOperationId } from './operation-id.js';
import { checkOperations } from './operations.js';
import { checkRequestMediaTypes } from './request-media-types.js';
import { checkRequired } from './required.js';
import { checkResponseProperties } from './response-properties.js';
import { checkResponseStatus } from './response-status.js';
import { checkTypes } from './types.js';

export type Check = (op: OperationDiff) => Finding[];

export const CHECKS: Check[] = [
  checkOperations,
  checkOperationId,
  checkDeprecation,
  checkFieldsAddedRemoved,
  checkRequired,
  checkTypes,
  checkEnums,
  checkRequestMediaTypes,
  checkResponseStatus,
  checkResponseProperties,
];

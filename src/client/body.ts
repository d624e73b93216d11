// Request bodies as GitLab reads them, chosen by what the body holds (the types, from the spec's
// media types, make sure it holds the right thing):
// - an object with a file anywhere in it (a Blob or File, or `{ content, filename }`) goes as
//   multipart/form-data, its fields named the Rack way (`labels[]`, `position[base_sha]`);
// - bytes or text (a Blob, an ArrayBuffer or a view of one, a string), FormData or URLSearchParams
//   go as they are;
// - anything else as JSON.
import { rackPairs } from './query.js';

/** A file given by its content, for Node (where there is no File to hand): `{ content, filename }`. */
export interface UploadPart {
  content: Blob | ArrayBuffer | ArrayBufferView | string;
  filename: string;
  /** Its media type, e.g. `image/png`. */
  type?: string;
}

function isUploadPart(value: unknown): value is UploadPart {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const { content, filename } = value as Partial<UploadPart>;
  return typeof filename === 'string' && (typeof content === 'string' || content instanceof Blob || content instanceof ArrayBuffer || ArrayBuffer.isView(content));
}

const isFile = (value: unknown): value is Blob | UploadPart => value instanceof Blob || isUploadPart(value);
const isLeaf = (value: unknown) => !value || typeof value !== 'object' || value instanceof Date || isFile(value);

/** A body sent as it is: bytes, text, or a form the caller built. */
export function isRawBody(body: unknown): body is Blob | ArrayBuffer | ArrayBufferView | string | FormData | URLSearchParams {
  return typeof body === 'string' || body instanceof Blob || body instanceof ArrayBuffer || ArrayBuffer.isView(body) || body instanceof FormData || body instanceof URLSearchParams;
}

function holdsFile(body: object): boolean {
  let found = false;
  for (const [name, value] of Object.entries(body)) rackPairs(name, value, (_, leaf) => void (found ||= isFile(leaf)), isLeaf);
  return found;
}

function toFormData(body: object): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    rackPairs(
      name,
      value,
      (key, leaf) => {
        if (leaf instanceof Blob) form.append(key, leaf);
        else if (isUploadPart(leaf)) form.append(key, new Blob([leaf.content as BlobPart], leaf.type ? { type: leaf.type } : {}), leaf.filename);
        else form.append(key, leaf instanceof Date ? leaf.toISOString() : String(leaf));
      },
      isLeaf,
    );
  }
  return form;
}

/** openapi-fetch `bodySerializer`. */
export function serializeBody(body: unknown): BodyInit {
  if (isRawBody(body)) return body as BodyInit;
  if (body && typeof body === 'object' && !Array.isArray(body) && holdsFile(body)) return toFormData(body);
  return JSON.stringify(body);
}

/**
 * The Content-Type of a body sent as it is (openapi-fetch would say JSON): a Blob's own type, text
 * as text, bytes as bytes, a URLSearchParams as a form. FormData sets its own (with the boundary).
 */
export function rawContentType(body: unknown): string | undefined {
  if (body instanceof Blob) return body.type || 'application/octet-stream';
  if (typeof body === 'string') return 'text/plain;charset=UTF-8';
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return 'application/octet-stream';
  if (body instanceof URLSearchParams) return 'application/x-www-form-urlencoded;charset=UTF-8';
  return undefined;
}

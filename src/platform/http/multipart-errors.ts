import { AppError } from '../errors/app-error';

/**
 * What a failure while reading multipart/form-data means for the client. The parser
 * (busboy) throws plain errors without a code for a body that is cut short, has no
 * boundary or has broken part headers: all of those are the client's, so 400 naming
 * the body, never a 500. Limits and a non-multipart type keep their own answers.
 */
export function multipartReadError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('unsupported_media_type', 'Stuur dit verzoek als multipart/form-data.');
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError('payload_too_large', 'Het verzoek heeft te veel of te grote delen.', {
        fields: [{ field: 'body', message: 'te veel of te grote delen' }],
      });
    default:
      return new AppError('bad_request', 'De multipart-inhoud is onvolledig of onleesbaar.', {
        fields: [{ field: 'body', message: 'onvolledige of onleesbare multipart/form-data' }],
        cause: error,
      });
  }
}

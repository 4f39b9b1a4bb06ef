import { describe, expect, it } from 'vitest';
import { initialValue } from '../../../../src/fields/drafts.ts';
import { encodeField } from '../../../../src/fields/send-data.ts';
import { field, kolkata as ctx } from '../field-factory.ts';

/*
 * Contract: file and image upload fields.
 * Zoho CRM v7 "Update Records" (https://www.zoho.com/crm/developer/docs/api/v7/update-records.html) sets a file
 * or image upload field to a list of objects naming each file by the encrypted id the upload answered with,
 * under `File_Id__s`; Zoho's "Upload Files to Zoho File System" page (…/v7/upload-files-to-zfs.html) says
 * that encrypted id is what file and image upload fields take. Zoho's SDKs agree: their image upload and file
 * detail classes write the key `File_Id__s` (and `_delete` to remove one). docs/blueprint-api.md, "File and
 * image upload fields".
 */

/** A record's upload field value with the keys Zoho's SDKs' image upload class reads (File_Name__s, Size__s, File_Id__s). */
const documentedValue = [
  {
    File_Name__s: 'Agreement.pdf',
    Size__s: '48213',
    File_Id__s: 'ae9c7cefa418aec1d6a5cc2d9ab35c32a6ae23d729ad87c6d90b0bd44183',
    id: '4876876000000745001',
  },
];

describe('file and image upload fields, against the documented update shape', () => {
  it('send each uploaded file as {File_Id__s: <encrypted id>}, never file_id', () => {
    const uploaded = [{ id: 'ae9c7cefa418aec1d6a5cc2d9ab35c32a6ae23d729ad87c6d90b0bd44183', name: 'Agreement.pdf' }];
    expect(encodeField(field('fileupload'), uploaded, ctx)).toEqual([
      { File_Id__s: 'ae9c7cefa418aec1d6a5cc2d9ab35c32a6ae23d729ad87c6d90b0bd44183' },
    ]);
    expect(encodeField(field('imageupload'), uploaded, ctx)).toEqual([
      { File_Id__s: 'ae9c7cefa418aec1d6a5cc2d9ab35c32a6ae23d729ad87c6d90b0bd44183' },
    ]);
  });

  it("read the record's files by their File_Id__s (not the row id), so sending them back keeps them", () => {
    const f = field('fileupload');
    const value = initialValue(f, { [f.apiName]: documentedValue }, ctx.formats);
    expect(value).toEqual([
      { id: 'ae9c7cefa418aec1d6a5cc2d9ab35c32a6ae23d729ad87c6d90b0bd44183', name: 'Agreement.pdf' },
    ]);
    expect(encodeField(f, value, ctx)).toEqual([{ File_Id__s: documentedValue[0]!.File_Id__s }]);
  });
});

// Server actions take JSON-able input: a file's bytes travel as base64, so the server reads them
// as the file declares (an XML prolog's encoding, a BOM) instead of the browser's UTF-8 guess.
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

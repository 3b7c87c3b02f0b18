/** The YAML of a short notice whose annexes are files beside it (pictures, attached PDFs). */
export interface FileAnnex {
  id: string;
  kind: 'image' | 'pdf';
  title: string;
  path: string;
}

export const annexNotice = (title: string, annexes: FileAnnex[]): string =>
  [
    'kind: notice',
    'year: 2023',
    'issuers:',
    '  - name: 福建省质量强省工作领导小组办公室',
    `title: ${title}`,
    'addressees:',
    '  - 省委宣传部',
    'body:',
    '  - 请按附件办理。',
    'signature:',
    '  date: 2023-09-01',
    ...(annexes.length ? ['annexes:'] : []),
    ...annexes.flatMap((a) => [`  - id: ${a.id}`, `    kind: ${a.kind}`, `    title: ${a.title}`, `    path: ${a.path}`]),
  ].join('\n') + '\n';

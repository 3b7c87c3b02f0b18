/**
 * A place gongwen cannot write its outputs to, said the way a clerk can act
 * on: which path, what is wrong (Chinese, then English) and how to fix it.
 */
export class OutputError extends Error {
  constructor(
    readonly where: string,
    chinese: string,
    english: string,
    hint: string,
  ) {
    super(`${where}  错误  ${chinese}，未写出任何文件 (${english}; nothing written)  提示：${hint}`);
    this.name = 'OutputError';
  }
}

const ELSEWHERE = '换一个可以写入的位置（build 用 --out 指定输出文件夹）';

export const notAFolder = (where: string) =>
  new OutputError(where, '这是一个文件，不是文件夹', 'this is a file, not a folder', `${ELSEWHERE}，或把这个文件改名`);

/** The OutputError for a failed file-system call on `where`. */
export function outputError(e: unknown, where: string): OutputError {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOTDIR':
    case 'EEXIST':
      return notAFolder(where);
    case 'EACCES':
    case 'EPERM':
      return new OutputError(where, '没有写入这里的权限', 'no permission to write here', `${ELSEWHERE}，或请管理员开放写权限`);
    case 'EROFS':
      return new OutputError(where, '这个磁盘是只读的', 'read-only file system', `${ELSEWHERE}；U 盘请检查写保护开关`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new OutputError(where, '磁盘空间不足', 'no space left on the device', `清理磁盘空间，或${ELSEWHERE}`);
    case 'EISDIR':
      return new OutputError(where, '已有一个同名的文件夹', 'a folder of this name is in the way', `把这个文件夹改名，或${ELSEWHERE}`);
    case 'ENOENT':
      return new OutputError(where, '无法在这里建立文件或文件夹', 'cannot create anything here', `检查路径是否写对，或${ELSEWHERE}`);
    default:
      return new OutputError(where, '无法写入', `cannot write: ${err.code ?? err.message}`, `检查路径是否写对、能否写入，或${ELSEWHERE}`);
  }
}

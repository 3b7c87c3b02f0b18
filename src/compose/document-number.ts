import type { DocumentNumber, Issuer } from '../campaign/types';

/** 闽质强省办〔2023〕7号; with `blankSeq`, 闽质强省办〔2023〕　号 (the number is not given yet). */
export function documentNumber(number: DocumentNumber, issuers: Issuer[], blankSeq = false): string {
  return `${number.prefix ?? issuers[0].short ?? ''}〔${number.year}〕${blankSeq ? '　' : number.seq}号`;
}

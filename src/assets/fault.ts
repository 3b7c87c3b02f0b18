/** Why an asset file cannot be used: a Chinese phrase and its English. */
export interface AssetFault {
  message: string;
  english: string;
}

export const isFault = (x: object): x is AssetFault => 'message' in x && 'english' in x;

import { MAIN } from '../style/gbt9704';
import type { PlacedSeal } from './model';

/** The size a placed seal prints at, in mm: its picture's proportions where it has them, else a round seal's diameter. */
export const sealSizeMm = (seal: PlacedSeal): { width: number; height: number } => seal.sizeMm ?? { width: MAIN.sealDiameterMm, height: MAIN.sealDiameterMm };

/**
 * A VIN from OCR text. The check digit (position 9) and the alphabet rule (no I, O, Q) decide among
 * readings: a valid VIN as read is trusted; one made valid by replacing characters OCR confuses
 * (0/O/D, 1/I, 2/Z, 5/S, 8/B) is returned but marked for checking; anything else is doubtful.
 */
import { checkVin, normalizeVin, vinSuggestions } from '../domain/vin';

export type VinOutcome = 'valid' | 'corrected' | 'ambiguous' | 'invalid';

export interface VinReading {
  value: string | null;
  outcome: VinOutcome;
}

/** In positions 12–17 (the serial) Chinese VINs carry digits; letters there are misreadings. */
const SERIAL_DIGIT: Record<string, string> = { O: '0', D: '0', Q: '0', I: '1', L: '1', Z: '2', S: '5', B: '8', G: '6', T: '7' };

function alphabetFixed(vin: string): string {
  return vin.replace(/I/g, '1').replace(/[OQ]/g, '0');
}

function serialFixed(vin: string): string {
  return vin.slice(0, 13) + [...vin.slice(13)].map((ch) => SERIAL_DIGIT[ch] ?? ch).join('');
}

export function readVin(raw: string): VinReading {
  const text = normalizeVin(raw).replace(/[^A-Z0-9]/g, '');
  if (text.length === 0) return { value: null, outcome: 'invalid' };
  if (text.length !== 17) return { value: text, outcome: 'invalid' };
  if (checkVin(text).ok) return { value: text, outcome: 'valid' };
  // I, O and Q never occur: their one replacement confirmed by the check digit is as good as read.
  if (checkVin(alphabetFixed(text)).ok) return { value: alphabetFixed(text), outcome: 'valid' };
  const serial = serialFixed(alphabetFixed(text));
  if (serial !== text && checkVin(serial).ok) return { value: serial, outcome: 'corrected' };
  const base = serial;
  const suggestions = [...new Set([...vinSuggestions(base), ...vinSuggestions(text)])];
  if (suggestions.length === 1) return { value: suggestions[0]!, outcome: 'corrected' };
  if (suggestions.length > 1) return { value: suggestions[0]!, outcome: 'ambiguous' };
  return { value: base, outcome: 'invalid' };
}

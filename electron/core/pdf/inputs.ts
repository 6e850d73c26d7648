/** What the renderers take (plain data, no database rows), and the checks run before anything is drawn. */
import type { FieldProblem } from '../../../shared/contract/errors';
import { isCalendarDate } from '../../../shared/domain/calendar-date';
import { invalidInput, problem } from './failures';

export interface EnterpriseProfile {
  name: string;
  address?: string | null;
  contactPerson?: string | null;
  phone?: string | null;
  email?: string | null;
  creditCode?: string | null;
  /** The seal image for drafts; printed semi-transparent with a note that the real stamp counts. */
  seal?: SealImage | null;
}

/** A seal image as normalised on upload: a PNG, transparent around the seal. */
export interface SealImage {
  png: Uint8Array;
  width: number;
  height: number;
}

export interface DocumentVehicle {
  vin: string;
  /** As printed on the registration certificate; printed exactly as given. */
  brand: string;
  model: string;
  /** YYYY-MM-DD or null (printed blank). */
  registrationDate: string | null;
  transferDate: string | null;
  destinationCountry: string | null;
  manufacturer: string | null;
  vehicleType?: string | null;
  isModified: boolean;
  chassisBrand?: string | null;
  modifiedBrand?: string | null;
  cccCertificateNumber?: string | null;
  miitAnnouncementBatch?: string | null;
}

export interface ScanFile {
  /** Named in errors and in the packet's contents; only the base name is shown. */
  fileName: string;
  /** A hint: the bytes decide (a PNG named .jpg is still read). */
  kind: 'jpeg' | 'png' | 'pdf';
  bytes: Uint8Array;
}

export interface ManufacturerContact {
  /** As printed on certificates (制造厂名称): vehicles are matched by it. */
  name: string;
  contactPerson?: string | null;
  address?: string | null;
  afterSalesDepartment?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface ServiceOutlet {
  country: string;
  name: string;
  address: string;
  contact: string;
}

/** Collects problems, then throws them all at once. */
export class InputCheck {
  private readonly problems: FieldProblem[] = [];

  required(field: string, value: string | null | undefined): this {
    if (!value || !value.trim()) this.problems.push(problem(field, 'doc.problem.required'));
    return this;
  }

  date(field: string, value: string | null | undefined, options: { required?: boolean } = {}): this {
    if (value === null || value === undefined || value === '') {
      if (options.required) this.problems.push(problem(field, 'doc.problem.required'));
    } else if (!isCalendarDate(value)) this.problems.push(problem(field, 'doc.problem.dateInvalid', { value }));
    return this;
  }

  add(entry: FieldProblem): this {
    this.problems.push(entry);
    return this;
  }

  /** VIN, brand and model present; dates valid when given (a missing date prints blank). */
  vehicle(field: string, vehicle: DocumentVehicle): this {
    this.required(`${field}.vin`, vehicle.vin);
    this.required(`${field}.brand`, vehicle.brand);
    this.required(`${field}.model`, vehicle.model);
    this.date(`${field}.registrationDate`, vehicle.registrationDate);
    this.date(`${field}.transferDate`, vehicle.transferDate);
    return this;
  }

  vehicles(field: string, vehicles: readonly DocumentVehicle[]): this {
    if (vehicles.length === 0) this.problems.push(problem(field, 'doc.problem.noVehicles'));
    vehicles.forEach((vehicle, index) => this.vehicle(`${field}.${index}`, vehicle));
    return this;
  }

  enterprise(field: string, enterprise: EnterpriseProfile | undefined): this {
    return this.required(`${field}.name`, enterprise?.name);
  }

  done(): void {
    if (this.problems.length > 0) invalidInput(this.problems);
  }
}

/** A value for a cell: blank when missing. */
export const cell = (value: string | null | undefined): string => value ?? '';

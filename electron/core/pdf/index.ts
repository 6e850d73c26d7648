/**
 * The PDF engine and the four documents: plain data in, complete PDF bytes out, or an AppFailure
 * (INVALID_INPUT with field problems, FILE_UNREADABLE naming the file). No database, no Electron.
 */
export { renderAppendix, type AppendixInput } from './appendix';
export { renderConfirmationRequest, vehiclesOfManufacturer, type ConfirmationRequestInput } from './confirmation-request';
export { renderApplicationPacket, type ApplicationPacketInput } from './application-packet';
export { renderModificationProof, type ModificationProofInput } from './modification-proof';
export type { DocumentVehicle, EnterpriseProfile, ManufacturerContact, ScanFile, SealImage, ServiceOutlet } from './inputs';
export { missingMark } from './text';

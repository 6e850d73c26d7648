/** Texts of the compliance area, in zh-CN and en; the en table is typed against the zh-CN one. */
export const complianceZh = {
  // Why a vehicle does or does not need a Confirmation of After-Sales Service (R1).
  'compliance.required': '注册登记后第 {days} 天申请，不超过 {windowDays} 天，需要厂商出具的售后维修服务确认函；{clearsOn} 起申请不再需要',
  'compliance.cleared': '注册登记后第 {days} 天申请，超过 {windowDays} 天，不需要售后维修服务确认函（{clearsOn} 起即不需要）',
  'compliance.notInForce': '申请日期 {applicationDate} 早于 {windowDays} 天规则的生效日 {effectiveDate}，不需要售后维修服务确认函',
  'compliance.transitional':
    '待出口转移登记于 {transferDate} 完成，早于 {cutoff}，属于过渡情形，按原规定履约出口，不需要售后维修服务确认函（注册登记后第 {days} 天申请）',

  // Dates that make the rule impossible to apply: which one, and what to do.
  'compliance.invalid.registrationMissing': '缺少注册登记日期：请按机动车登记证书第 1 页“登记日期”（第 3 栏）填写',
  'compliance.invalid.registrationDate': '注册登记日期“{value}”不是有效日期：请按 年-月-日（如 2025-07-14）填写登记证书第 1 页第 3 栏的日期',
  'compliance.invalid.transferDate': '待出口转移登记日期“{value}”不是有效日期：请按 年-月-日（如 2025-07-14）填写登记证书“转移登记摘要信息栏”中转移到本企业的日期',
  'compliance.invalid.applicationDate': '申请日期“{value}”不是有效日期：请按 年-月-日（如 2026-03-15）填写提交出口许可证申请的日期',
  'compliance.invalid.transferBeforeRegistration':
    '待出口转移登记日期 {transferDate} 早于注册登记日期 {registrationDate}，不可能：请对照登记证书核对这两个日期，改正填错的一个',
  'compliance.invalid.applicationBeforeRegistration':
    '申请日期 {applicationDate} 早于注册登记日期 {registrationDate}：请核对注册登记日期（登记证书第 3 栏）和申请日期',
  'compliance.invalid.applicationBeforeTransfer':
    '申请日期 {applicationDate} 早于待出口转移登记日期 {transferDate}：须先完成转移登记再申请；请核对这两个日期',

  // What stops a vehicle from going into a licence application, and what the clerk does next.
  'readiness.brandMissing': '缺少车辆品牌',
  'readiness.brandMissing.action': '按登记证书第 2 页第 6 栏“车辆品牌”原样填写',
  'readiness.modelMissing': '缺少车辆型号',
  'readiness.modelMissing.action': '按登记证书第 2 页第 7 栏“车辆型号”原样填写',
  'readiness.registrationDateMissing': '缺少注册登记日期',
  'readiness.registrationDateMissing.action': '按登记证书第 1 页第 3 栏“登记日期”填写',
  'readiness.transferDateMissing': '缺少待出口转移登记日期（许可证附件必填）',
  'readiness.transferDateMissing.action': '按登记证书“转移登记摘要信息栏”中转移到本企业的最近一次登记日期填写',
  'readiness.destinationCountryMissing': '缺少出口目的国',
  'readiness.destinationCountryMissing.action': '填写出口目的国（许可证附件和售后维修服务确认函都需要）',
  'readiness.datesInvalid.action': '对照机动车登记证书改正车辆记录中的日期，或改正申请日期',
  'readiness.manufactureDateInvalid': '出厂日期“{value}”不是有效日期',
  'readiness.manufactureDateInvalid.action': '按登记证书第 32 栏“车辆出厂日期”以 年-月-日 填写，或清空',
  'readiness.manufactureAfterRegistration': '出厂日期 {manufactureDate} 晚于注册登记日期 {registrationDate}，不可能',
  'readiness.manufactureAfterRegistration.action': '对照登记证书第 32 栏（出厂日期）和第 3 栏（登记日期）改正填错的一个',
  'readiness.certificateScanMissing': '没有机动车登记证书扫描件',
  'readiness.certificateScanMissing.action': '扫描登记证书并添加到这辆车（申请材料包需要）',
  'readiness.manufacturerMissing': '需要售后维修服务确认函，但缺少制造厂名称',
  'readiness.manufacturerMissing.action': '按登记证书第 15 栏“制造厂名称”填写，才能向厂商申请确认函',
  'readiness.confirmationNotRequested': '需要售后维修服务确认函，尚未向厂商申请',
  'readiness.confirmationNotRequested.action':
    '向车辆生产企业发出确认函申请（写明出口国、车辆信息，请厂商填写售后服务网点并加盖公章）；或在 {clearsOn} 及以后再申请许可证，届时不需要确认函',
  'readiness.confirmationAwaiting': '已向厂商申请售后维修服务确认函，尚未收到',
  'readiness.confirmationAwaiting.action':
    '催促厂商回复；收到盖章的确认函后添加扫描件并标记为已确认。或在 {clearsOn} 及以后再申请许可证，届时不需要确认函',
  'readiness.confirmationRefused': '厂商拒绝出具售后维修服务确认函，没有确认函不能发放出口许可证',
  'readiness.confirmationRefused.action': '与厂商协商重新出具；或在 {clearsOn} 及以后再申请许可证，届时不需要确认函',
  'readiness.chassisBrandMissing': '改装车缺少底盘品牌',
  'readiness.chassisBrandMissing.action': '填写改装车的底盘品牌',
  'readiness.modifiedBrandMissing': '改装车缺少改装车品牌',
  'readiness.modifiedBrandMissing.action': '填写改装后车辆的品牌',
  'readiness.cccMissing': '改装车缺少有效的强制性产品认证（CCC）证书编号',
  'readiness.cccMissing.action': '填写改装车有效的 CCC 证书编号；没有有效 CCC 认证的改装车不能发放出口许可证',
  'readiness.miitBatchMissing': '改装车缺少工信部《道路机动车辆生产企业及产品公告》批次',
  'readiness.miitBatchMissing.action': '填写同类改装车产品列入工信部公告的批次；未列入公告的不能发放出口许可证',
  'readiness.modificationProofMissing': '改装车缺少改装真实性证明',
  'readiness.modificationProofMissing.action': '取得改装真实性证明（通知附件 2），扫描后添加到这辆车',
  'readiness.mismatch.brand': '车辆品牌与登记证书不一致：记录为“{recordValue}”，登记证书为“{certificateValue}”',
  'readiness.mismatch.model': '车辆型号与登记证书不一致：记录为“{recordValue}”，登记证书为“{certificateValue}”',
  'readiness.mismatch.registrationDate': '注册登记日期与登记证书不一致：记录为“{recordValue}”，登记证书为“{certificateValue}”',
  'readiness.mismatch.transferDate': '待出口转移登记日期与登记证书不一致：记录为“{recordValue}”，登记证书为“{certificateValue}”',
  'readiness.mismatch.vin': '车辆识别代号（VIN）与登记证书不一致：记录为“{recordValue}”，登记证书为“{certificateValue}”',
  'readiness.mismatch.action': '以登记证书为准：核对证书原件后改正车辆记录；如果是扫描识别错了，改正识别结果',
  // Status names, as badges and headings.
  'compliance.status.invalid': '日期有误',
  'compliance.status.not-required': '无需确认函',
  'compliance.status.transitional-exempt': '过渡期车辆（无需确认函）',
  'compliance.status.confirmation-required': '需要厂商确认函',
  'readiness.ready': '可以申报：没有阻碍',
  'readiness.blocked': '暂不能申报，还需：',
} as const;

export const complianceEn: Record<keyof typeof complianceZh, string> = {
  'compliance.required':
    "Applied {days} days after registration ({windowDays} or fewer): a manufacturer's Confirmation of After-Sales Service is required; not required from {clearsOn}",
  'compliance.cleared':
    'Applied {days} days after registration (more than {windowDays}): no Confirmation of After-Sales Service is required (not required since {clearsOn})',
  'compliance.notInForce':
    'Applied on {applicationDate}, before the {windowDays}-day rule takes effect on {effectiveDate}: no Confirmation of After-Sales Service is required',
  'compliance.transitional':
    'Transfer registration awaiting export completed on {transferDate}, before {cutoff}: transitional case, exported under the previous rules, no Confirmation of After-Sales Service required (applied {days} days after registration)',

  'compliance.invalid.registrationMissing':
    'Registration date missing: enter the registration date (登记日期, page 1, cell 3) of the Motor Vehicle Registration Certificate',
  'compliance.invalid.registrationDate':
    'Registration date “{value}” is not a valid date: enter the date in cell 3 on page 1 of the registration certificate as year-month-day, e.g. 2025-07-14',
  'compliance.invalid.transferDate':
    'Transfer registration date awaiting export “{value}” is not a valid date: enter the date of the transfer to your company from the certificate’s transfer summary, as year-month-day, e.g. 2025-07-14',
  'compliance.invalid.applicationDate':
    'Application date “{value}” is not a valid date: enter the day the export-licence application is submitted, as year-month-day, e.g. 2026-03-15',
  'compliance.invalid.transferBeforeRegistration':
    'Transfer registration date awaiting export {transferDate} is before the registration date {registrationDate}, which is impossible: compare both with the registration certificate and correct the wrong one',
  'compliance.invalid.applicationBeforeRegistration':
    'Application date {applicationDate} is before the registration date {registrationDate}: check the registration date (certificate cell 3) and the application date',
  'compliance.invalid.applicationBeforeTransfer':
    'Application date {applicationDate} is before the transfer registration date awaiting export {transferDate}: the transfer must be completed before applying; check both dates',

  'readiness.brandMissing': 'Brand missing',
  'readiness.brandMissing.action': 'Enter the brand exactly as in cell 6 (车辆品牌) on page 2 of the registration certificate',
  'readiness.modelMissing': 'Model missing',
  'readiness.modelMissing.action': 'Enter the model exactly as in cell 7 (车辆型号) on page 2 of the registration certificate',
  'readiness.registrationDateMissing': 'Registration date missing',
  'readiness.registrationDateMissing.action': 'Enter the registration date (登记日期) from page 1, cell 3 of the registration certificate',
  'readiness.transferDateMissing': 'Transfer registration date awaiting export missing (required in the licence appendix)',
  'readiness.transferDateMissing.action': 'Enter the date of the latest transfer to your company from the certificate’s transfer summary (转移登记摘要信息栏)',
  'readiness.destinationCountryMissing': 'Destination country missing',
  'readiness.destinationCountryMissing.action': 'Enter the destination country (needed in the licence appendix and the Confirmation of After-Sales Service)',
  'readiness.datesInvalid.action': 'Correct the dates on the vehicle record against the Motor Vehicle Registration Certificate, or correct the application date',
  'readiness.manufactureDateInvalid': 'Manufacture date “{value}” is not a valid date',
  'readiness.manufactureDateInvalid.action': 'Enter the manufacture date from cell 32 of the registration certificate as year-month-day, or clear it',
  'readiness.manufactureAfterRegistration': 'Manufacture date {manufactureDate} is after the registration date {registrationDate}, which is impossible',
  'readiness.manufactureAfterRegistration.action': 'Compare cell 32 (manufacture date) and cell 3 (registration date) of the certificate and correct the wrong one',
  'readiness.certificateScanMissing': 'No scan of the Motor Vehicle Registration Certificate',
  'readiness.certificateScanMissing.action': 'Scan the registration certificate and attach it to this vehicle (the application packet needs it)',
  'readiness.manufacturerMissing': 'A Confirmation of After-Sales Service is required, but the manufacturer is missing',
  'readiness.manufacturerMissing.action': 'Enter the manufacturer from cell 15 (制造厂名称) of the registration certificate so the confirmation can be requested',
  'readiness.confirmationNotRequested': 'A Confirmation of After-Sales Service is required and has not been requested',
  'readiness.confirmationNotRequested.action':
    'Send the manufacturer a request (with the country of export and the vehicle information; the manufacturer adds its service outlets and official seal); or apply for the licence on or after {clearsOn}, when no confirmation is required',
  'readiness.confirmationAwaiting': 'A Confirmation of After-Sales Service was requested and has not been received',
  'readiness.confirmationAwaiting.action':
    'Chase the manufacturer; when the stamped confirmation arrives, attach the scan and mark it confirmed. Or apply for the licence on or after {clearsOn}, when no confirmation is required',
  'readiness.confirmationRefused': 'The manufacturer refused the Confirmation of After-Sales Service; no licence is issued without it',
  'readiness.confirmationRefused.action': 'Ask the manufacturer to reconsider; or apply for the licence on or after {clearsOn}, when no confirmation is required',
  'readiness.chassisBrandMissing': 'Modified vehicle: chassis brand missing',
  'readiness.chassisBrandMissing.action': 'Enter the chassis brand of the modified vehicle',
  'readiness.modifiedBrandMissing': 'Modified vehicle: modified-vehicle brand missing',
  'readiness.modifiedBrandMissing.action': 'Enter the brand of the vehicle after modification',
  'readiness.cccMissing': 'Modified vehicle: number of a valid CCC (compulsory product certification) certificate missing',
  'readiness.cccMissing.action': 'Enter the number of the valid CCC certificate; no licence is issued for a modified vehicle without valid CCC',
  'readiness.miitBatchMissing': "Modified vehicle: batch of MIIT's Announcement of Road Motor Vehicle Manufacturers and Products missing",
  'readiness.miitBatchMissing.action': 'Enter the announcement batch listing a similar modified product; no licence is issued if none is listed',
  'readiness.modificationProofMissing': 'Modified vehicle: proof of authenticity of the modification missing',
  'readiness.modificationProofMissing.action': 'Obtain the proof of authenticity of the modification (Appendix 2 of the notice), scan it and attach it to this vehicle',
  'readiness.mismatch.brand': 'Brand differs from the registration certificate: record says “{recordValue}”, certificate says “{certificateValue}”',
  'readiness.mismatch.model': 'Model differs from the registration certificate: record says “{recordValue}”, certificate says “{certificateValue}”',
  'readiness.mismatch.registrationDate':
    'Registration date differs from the registration certificate: record says “{recordValue}”, certificate says “{certificateValue}”',
  'readiness.mismatch.transferDate':
    'Transfer registration date awaiting export differs from the registration certificate: record says “{recordValue}”, certificate says “{certificateValue}”',
  'readiness.mismatch.vin': 'VIN differs from the registration certificate: record says “{recordValue}”, certificate says “{certificateValue}”',
  'readiness.mismatch.action': 'The certificate is the reference: check the original and correct the vehicle record; if the scan was misread, correct the reading instead',
  'compliance.status.invalid': 'Dates need correcting',
  'compliance.status.not-required': 'No confirmation needed',
  'compliance.status.transitional-exempt': 'Transitional (no confirmation needed)',
  'compliance.status.confirmation-required': 'Manufacturer confirmation required',
  'readiness.ready': 'Ready to apply: nothing blocks it',
  'readiness.blocked': 'Not ready yet; still needed:',
};

/** Two fields side by side (each with its hint below), so a settings card stays short at 1366×768. */
export const TWO_COLUMNS = { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 24 } as const;

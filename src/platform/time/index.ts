/** Time in one place: the injectable clock, Amsterdam dates and times, Dutch working days. */
export * from './calendar';
export * from './clock';
export * from './working-days';

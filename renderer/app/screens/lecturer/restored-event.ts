/**
 * Fired when a restore replaced every profile's data: the app forgets its session and lecturer mode
 * (core ended them) and shows the profile picker with `detail` as its message.
 */
export const DATA_RESTORED = 'leerpad:data-restored';

export const announceRestored = (message: string) => window.dispatchEvent(new CustomEvent<string>(DATA_RESTORED, { detail: message }));

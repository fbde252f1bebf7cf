export * from './channels';
export * from './errors';
export * from './passphrase-policy';
export * from './api';
export * from './limits';

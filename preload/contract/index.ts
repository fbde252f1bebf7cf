export * from './channels';
export * from './people';
export * from './contact-types';
export * from './errors';
export * from './passphrase-policy';
export * from './api';
export * from './limits';

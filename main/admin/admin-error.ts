/**
 * A refusal from an admin command, in plain words for IT. The CLI prints only its message (never a stack
 * trace): messages are written here to be safe to print and never carry a key, passphrase or record.
 */
export class AdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AdminError';
  }
}

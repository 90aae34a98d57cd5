// Imported first by the CLI: natural reads a .env file on import and prints
// dotenv notices to stdout unless told to be quiet, which would corrupt
// piped output.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
export {};

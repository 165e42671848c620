#ifndef WISEMIND_CLI_SIGNALS_H
#define WISEMIND_CLI_SIGNALS_H

/* SIGTERM and SIGHUP while a command holds the diary: the handler only
 * records the signal (no SA_RESTART, so a waiting read returns), the
 * command then finishes or abandons its step, closes the session (which
 * wipes the diary and keys) and exits with 128 + the signal. */
void cli_signals_install(void);

/* The termination signal received, or 0. */
int cli_signals_pending(void);

#endif

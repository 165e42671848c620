#include "app/signals.h"

#include <signal.h>
#include <string.h>

static volatile sig_atomic_t received;

static void on_signal(int sig)
{
	received = sig;
}

static void catch(int sig)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

void app_signals_catch(unsigned set)
{
	if (set & APP_SIGNALS_TERMINATE) {
		catch(SIGTERM);
		catch(SIGHUP);
	}
	if (set & APP_SIGNALS_INTERRUPT) {
		catch(SIGINT);
		catch(SIGQUIT);
	}
}

int app_signals_pending(void)
{
	return received;
}

bool app_signals_interrupted(void)
{
	return received == SIGINT || received == SIGQUIT;
}

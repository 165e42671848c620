#include "front/recovery_known.h"

#include "app/vault_info.h"

enum front_recovery front_recovery_known(const struct app *app)
{
	struct app_vault_info info;
	struct app_error err = {0};
	enum front_recovery has = FRONT_RECOVERY_UNKNOWN;
	if (app_vault_info(app, &info, &err) && info.exists && !info.odd && !info.header_damaged) {
		has = info.has_recovery ? FRONT_RECOVERY_YES : FRONT_RECOVERY_NO;
	}
	app_error_finish(&info.header_error);
	app_error_finish(&err);
	return has;
}

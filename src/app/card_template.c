#include "app/card_template.h"

#include <errno.h>
#include <string.h>

#include "app/card.h"
#include "app/session_internal.h"
#include "content/card_template_file.h"
#include "content/file_io.h"
#include "store/setting.h"

#define TEMPLATE_KEY "card_template"
#define TEMPLATE_FILE_MAX (1024 * 1024)

static const char default_notes[] =
	"This is the card wisemind starts with. To change it, edit this file: rename a\n"
	"label, add a target or an emotion, or mark one \"retired: true\" to stop being\n"
	"asked about it (its past days still show). Keep each id: the diary keeps your\n"
	"ratings under it. Then import the file.\n";

bool session_card_template(struct session *s, struct card_template *out, struct app_error *err)
{
	struct str text = {0};
	enum store_status st = store_setting_get(s->store, TEMPLATE_KEY, &text);
	bool ok = true;
	if (st == STORE_NOT_FOUND) {
		card_template_default(out);
	} else if (st != STORE_OK) {
		card_template_default(out);
		ok = app_error_store(err, st);
	} else {
		struct problems problems = {0};
		if (!card_template_parse("card template", text.buf, text.len, out, &problems)) {
			/* Checked when it was imported: only a damaged diary gets here. */
			card_template_default(out);
			ok = app_error_store(err, STORE_DAMAGED);
		}
		problems_finish(&problems);
	}
	str_wipe(&text);
	return ok;
}

bool session_card_template_text(struct session *s, struct str *out, struct app_error *err)
{
	enum store_status st = store_setting_get(s->store, TEMPLATE_KEY, out);
	if (st == STORE_NOT_FOUND) {
		struct card_template t;
		card_template_default(&t);
		card_template_write(&t, default_notes, out);
		return true;
	}
	return st == STORE_OK || app_error_store(err, st);
}

static bool template_problem(struct app_error *err, const char *fmt, const char *id)
{
	str_clear(&err->detail);
	str_appendf(&err->detail, fmt, id);
	return app_error_app(err, APP_E_TEMPLATE);
}

bool session_card_template_import(struct session *s, const char *path, const char *buf,
                                  size_t len, struct card_template *out, struct app_error *err)
{
	struct card_template prev, next;
	struct problems problems = {0};
	if (!card_template_parse(path, buf, len, &next, &problems)) {
		str_clear(&err->detail);
		str_appendf(&err->detail, "that card template cannot be used; fix these lines and "
		                          "import it again:\n%s",
		            str_cstr(&problems.text));
		/* The problems end in a newline; the sentence's end goes there. */
		if (err->detail.len > 0 && err->detail.buf[err->detail.len - 1] == '\n') {
			err->detail.buf[--err->detail.len] = '\0';
		}
		problems_finish(&problems);
		return app_error_app(err, APP_E_TEMPLATE);
	}
	problems_finish(&problems);
	if (!session_card_template(s, &prev, err)) {
		return false;
	}
	const char *which = NULL;
	switch (card_template_follows(&prev, &next, &which)) {
	case CARD_TEMPLATE_OK:
		break;
	case CARD_TEMPLATE_DROPPED:
		return template_problem(err, "the template leaves out \"%s\", which your card has; "
		                             "keep it with \"retired: true\" so its past days still "
		                             "show",
		                        which);
	case CARD_TEMPLATE_KIND_CHANGED:
		return template_problem(err, "the template changes the kind of \"%s\"; a target keeps "
		                             "its kind (change its label to rename it, or add a new "
		                             "target)",
		                        which);
	}
	struct str text = {0};
	str_append_n(&text, buf, len);
	enum store_status st = store_setting_set(s->store, TEMPLATE_KEY, str_cstr(&text));
	str_wipe(&text);
	if (st != STORE_OK) {
		return app_error_store(err, st);
	}
	if (!session_save(s, err)) {
		return false;
	}
	if (out != NULL) {
		*out = next;
	}
	return true;
}

bool session_card_template_import_file(struct session *s, const char *path,
                                       struct card_template *out, struct app_error *err)
{
	struct str buf = {0};
	int rc = file_read(path, TEMPLATE_FILE_MAX, &buf);
	if (rc < 0) {
		str_finish(&buf);
		str_clear(&err->detail);
		str_appendf(&err->detail, "%s cannot be read (%s), so the card template was not "
		                          "changed",
		            path, rc == -EFBIG ? "it is larger than 1 MiB" : strerror(-rc));
		return app_error_app(err, APP_E_TEMPLATE);
	}
	bool ok = session_card_template_import(s, path, buf.buf != NULL ? buf.buf : "", buf.len,
	                                       out, err);
	str_wipe(&buf);
	return ok;
}

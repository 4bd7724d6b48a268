/*
 * privs.c -- becoming the desk's user.  Everything the daemon writes later
 * (the store and its -wal/-shm, the secret) must belong to that user, or
 * the next start under systemd (User=supportd) could not open it; what it
 * only reads again on reload (config, rules, templates, password files) is
 * the admin's to make readable, and is checked here so that a reload does
 * not fail by surprise.
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <libgen.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "log.h"
#include "privs.h"
#include "xmalloc.h"

/* Take group and other bits off path (not a link), saying so. */
static void
privs_private(const char *path)
{
	struct stat	 sb;

	if (lstat(path, &sb) == -1 || !S_ISREG(sb.st_mode) ||
	    (sb.st_mode & 077) == 0)
		return;
	if (chmod(path, sb.st_mode & 07700) == -1)
		log_warn("%s: chmod", path);
	else
		log_warnx("%s: was mode %04o, readable by others; now %04o",
		    path, (unsigned)sb.st_mode & 07777,
		    (unsigned)sb.st_mode & 07700);
}

/* path (not a link) to uid:gid; a missing file is no error. */
static int
privs_chown(const char *path, uid_t uid, gid_t gid, char **cause)
{
	struct stat	 sb;

	if (lstat(path, &sb) == -1) {
		if (errno == ENOENT)
			return 0;
		xasprintf(cause, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (!S_ISREG(sb.st_mode)) {
		xasprintf(cause, "%s: not a regular file", path);
		return -1;
	}
	if (sb.st_uid == uid && sb.st_gid == gid)
		return 0;
	if (fchownat(AT_FDCWD, path, uid, gid, AT_SYMLINK_NOFOLLOW) == -1) {
		xasprintf(cause, "%s: chown to uid %u: %s", path,
		    (unsigned)uid, strerror(errno));
		return -1;
	}
	return 0;
}

/* After the switch: warn about what a reload would fail to read. */
static void
privs_check_readable(const struct config *c, const char *conffile,
    const char *user)
{
	const char	*paths[3];
	char		*dir;
	size_t		 i;

	paths[0] = conffile;
	paths[1] = c->rules_dir;
	paths[2] = c->templates_dir;
	for (i = 0; i < 3; i++)
		if (access(paths[i], R_OK) == -1)
			log_warnx("%s: user %s cannot read it (%s): a reload "
			    "will fail", paths[i], user, strerror(errno));
	for (i = 0; i < c->nmailboxes; i++)
		if (c->mailboxes[i].password_file != NULL &&
		    access(c->mailboxes[i].password_file, R_OK) == -1)
			log_warnx("%s: user %s cannot read it (%s): a reload "
			    "will fail", c->mailboxes[i].password_file, user,
			    strerror(errno));
	/* SQLite makes its -wal and -shm beside the store at each start. */
	dir = xstrdup(c->database);
	if (access(dirname(dir), W_OK | X_OK) == -1)
		log_warnx("%s: user %s cannot write there (%s): the next "
		    "start as that user will fail", dir, user,
		    strerror(errno));
	free(dir);
}

int
privs_desk(struct desk *d, const char *conffile, char **cause)
{
	static const char *const suffix[] = { "", "-wal", "-shm" };
	const struct config	*c = d->conf;
	const char		*user;
	struct passwd		*pw;
	char			*path;
	uid_t			 uid;
	gid_t			 gid;
	size_t			 i;
	int			 rv;

	*cause = NULL;
	for (i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		xasprintf(&path, "%s%s", c->database, suffix[i]);
		privs_private(path);
		free(path);
	}
	privs_private(c->secret_file);
	if (geteuid() != 0)
		return 0;
	user = c->user != NULL ? c->user : PRIVS_DEFAULT_USER;
	if (strcmp(user, "root") == 0) {
		log_warnx("%s: running as root, as \"user root\" asks: every "
		    "bug is a root bug", conffile);
		return 0;
	}
	if ((pw = getpwnam(user)) == NULL) {
		xasprintf(cause, "refusing to run as root: user \"%s\" does "
		    "not exist (create it: adduser --system --group %s; or "
		    "name another with \"user\" in %s)", user, user,
		    conffile);
		return -1;
	}
	if (pw->pw_uid == 0) {
		xasprintf(cause, "refusing to run as root: user \"%s\" has "
		    "uid 0", user);
		return -1;
	}
	uid = pw->pw_uid;
	gid = pw->pw_gid;

	for (i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		xasprintf(&path, "%s%s", c->database, suffix[i]);
		rv = privs_chown(path, uid, gid, cause);
		free(path);
		if (rv == -1)
			return -1;
	}
	if (privs_chown(c->secret_file, uid, gid, cause) == -1)
		return -1;

	if (initgroups(user, gid) == -1 || setresgid(gid, gid, gid) == -1 ||
	    setresuid(uid, uid, uid) == -1) {
		xasprintf(cause, "cannot become user %s: %s", user,
		    strerror(errno));
		return -1;
	}
	/* A switch that can be undone is no switch. */
	if (setuid(0) != -1 || geteuid() == 0)
		fatalx("still able to become root after switching to %s",
		    user);
	log_info("running as user %s (uid %u)", user, (unsigned)uid);
	privs_check_readable(c, conffile, user);
	return 0;
}

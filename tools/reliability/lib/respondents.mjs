// Respondent accounts written straight into the database (sign-in goes through the API): each respondent is
// granted a group of regions and gets the administrator's password hash, so one password signs in all.

/** `count` regions of `level`, spread over the Länder (for waves across several Länder). */
export async function pickRegions(db, level, count) {
  const { rows } = await db.query(
    `SELECT ars FROM (SELECT ars, row_number() OVER (PARTITION BY land_ars ORDER BY ars) AS n FROM "region"
                       WHERE level = $1) r
      ORDER BY n, ars LIMIT $2`,
    [level, count],
  );
  return rows.map((row) => row.ars);
}

/**
 * Creates `groups.length` active respondents `respondent<i>@<domain>`, respondent i granted the regions of
 * groups[i]; their password is the administrator's. Returns [{ email, regions }].
 */
export async function createRespondents(db, adminEmail, groups, domain = 'reliability.example') {
  const { rows } = await db.query(`SELECT "password_hash" FROM "app_user" WHERE "email_key" = $1`, [
    adminEmail.toLowerCase(),
  ]);
  if (rows.length === 0) throw new Error(`no administrator ${adminEmail}`);
  const hash = rows[0].password_hash;
  const respondents = [];
  for (const [i, regions] of groups.entries()) {
    const email = `respondent${i + 1}@${domain}`;
    const user = await db.query(
      `INSERT INTO "app_user" ("email", "email_key", "display_name", "password_hash", "status")
       VALUES ($1, $1, $2, $3, 'active') RETURNING "id"`,
      [email, `Befragte Person ${i + 1}`, hash],
    );
    for (const ars of regions) {
      await db.query(`INSERT INTO "role_assignment" ("user_id", "role", "region_ars") VALUES ($1, 'RESPONDENT', $2)`, [
        user.rows[0].id,
        ars,
      ]);
    }
    respondents.push({ email, regions });
  }
  return respondents;
}

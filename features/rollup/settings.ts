import 'server-only';
import type { Db } from '@/db/connection';
import { rollupSettings } from '@/db/schema';
import { ForbiddenError } from '@/lib/errors';
import { ownMunicipality, canRecordCouncilGoals, type Viewer } from '@/lib/permissions';
import { reproposeRollups } from '@/features/rollup/repropose';
import { settingsOf } from '@/features/rollup/store';
import type { RuleSettingsInput } from '@/features/rollup/validation';
import { writeAudit } from '@/lib/audit/write-audit';

/** The rule is public to everyone signed in (it explains every proposal); only the municipal office may change it. */
export async function getRuleSettings(db: Db, viewer: Viewer) {
  return { settings: settingsOf(db, viewer.municipalityId), canEdit: canRecordCouncilGoals(viewer, ownMunicipality(viewer)) };
}

/**
 * Saves the municipality's weights and thresholds and works out every open year's proposals again
 * in the same transaction, so no dashboard ever shows a proposal made by a rule no longer in force.
 */
export function saveRuleSettings(db: Db, viewer: Viewer, input: RuleSettingsInput): { changedProposals: number } {
  if (!canRecordCouncilGoals(viewer, ownMunicipality(viewer))) throw new ForbiddenError();
  return db.transaction(
    (tx) => {
      const before = settingsOf(tx, viewer.municipalityId);
      const values = { ...input, updatedAt: new Date() };
      tx.insert(rollupSettings)
        .values({ municipalityId: viewer.municipalityId, ...values })
        .onConflictDoUpdate({ target: rollupSettings.municipalityId, set: values })
        .run();
      const changedProposals = reproposeRollups(db, viewer.municipalityId, input);
      writeAudit(tx, { actorPersonId: viewer.personId, action: 'rollup_settings.update', objectType: 'municipality', objectId: viewer.municipalityId, detail: { before, after: input, changedProposals } });
      return { changedProposals };
    },
    { behavior: 'immediate' },
  );
}

import type { ProfileSummary } from '../../../preload/contract/channels';
import { AppLayout } from '../../app/AppLayout';
import { Button } from '../../ui/Button';
import { PageHeading } from '../../ui/PageHeading';

interface ProfileListPageProps {
  profiles: readonly ProfileSummary[];
  onChoose: (profile: ProfileSummary) => void;
  onCreate: () => void;
}

/** Start screen: one button per profile ("Unlock <name>") and "Create a new profile". */
export function ProfileListPage({ profiles, onChoose, onCreate }: ProfileListPageProps) {
  return (
    <AppLayout width="narrow">
      <PageHeading documentTitle="Casework">Casework</PageHeading>
      <h2 className="section-heading" id="profiles-heading">
        Choose your profile
      </h2>
      <ul className="profile-list" aria-labelledby="profiles-heading">
        {profiles.map((profile) => (
          <li key={profile.id}>
            <button type="button" className="profile-list__button" onClick={() => onChoose(profile)}>
              <span className="visually-hidden">Unlock </span>
              <span className="profile-list__name">{profile.displayName}</span>
              <span className="profile-list__action" aria-hidden="true">
                ›
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="body muted">Each profile has its own encrypted records and passphrase.</p>
      <div className="button-group">
        <Button variant="secondary" onClick={onCreate}>
          Create a new profile
        </Button>
      </div>
    </AppLayout>
  );
}

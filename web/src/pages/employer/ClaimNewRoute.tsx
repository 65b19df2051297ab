/** /claims/new: an employer account gets its own form (its staff as the person picker), staff the officer's form. */
import { useAuth } from '../../auth/AuthContext';
import { ClaimNewPage } from '../benefits/ClaimNewPage';
import { EmployerClaimPage } from './EmployerClaimPage';

export function ClaimNewRoute() {
  const { me } = useAuth();
  return me?.user.role === 'employer' ? <EmployerClaimPage /> : <ClaimNewPage />;
}

import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { apiTokenNameSchema } from '#shared/errors.ts';
import { splitResult, thrownMessage } from '../../apollo/mutationResult';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { SecretOnceDialog } from '../../components/SecretOnceDialog';
import { formatDate } from '../../components/formatDate';
import { useSiteTimeZone } from '../../app/site/useSiteTimeZone';
import { ApiTokensDocument } from './documents';
import { useCreateApiTokenMutation } from './useCreateApiTokenMutation';
import { useRevokeApiTokenMutation } from './useRevokeApiTokenMutation';

/**
 * The editor's API tokens (for scripts: Authorization: Bearer …): create one — its secret is
 * shown once, in a dialog — and revoke (after a confirmation). Revoked tokens stay listed.
 */
export function ApiTokens() {
  const { data, error } = useQuery(ApiTokensDocument);
  const timeZone = useSiteTimeZone();
  const [createToken, { loading: isCreating }] = useCreateApiTokenMutation();
  const [revoke] = useRevokeApiTokenMutation();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const tokens = data?.viewer?.apiTokens ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The gateway's createApiToken checks the same rule, with the same message.
    const parsed = apiTokenNameSchema.safeParse(name);
    if (!parsed.success) return setNameError(parsed.error.issues[0]!.message);
    try {
      const outcome = splitResult((await createToken({ variables: { name: parsed.data } })).data?.createApiToken);
      if (!outcome.ok) return setNameError(outcome.error.fieldErrors[0]?.message ?? outcome.error.message);
      setNameError(null);
      setName('');
      setCreated({ name: outcome.payload.apiToken.name, secret: outcome.payload.token });
    } catch (e) {
      setNameError(thrownMessage(e));
    }
  };
  const confirmRevoke = async () => {
    if (!revoking) return;
    let problem: string | null = null;
    try {
      const outcome = splitResult(await revoke(revoking.id));
      if (!outcome.ok) problem = outcome.error.message;
    } catch (e) {
      problem = thrownMessage(e);
    }
    setRevokeError(problem);
    if (!problem) setRevoking(null);
  };

  return (
    <div className="detail-form">
      <h2>API tokens</h2>
      <p className="form-status">
        Scripts send a token as <code>Authorization: Bearer &lt;secret&gt;</code>. Revoking one refuses it at once.
      </p>
      <form className="new-token" onSubmit={submit} aria-label="New API token" noValidate>
        <Field label="Token name" error={nameError ?? undefined} hint="What the token is for, e.g. “deploy script”.">
          {(c) => <input {...c} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button type="submit" className="button" disabled={isCreating}>
          Create token
        </button>
      </form>
      {error ? (
        <p role="alert" className="pane-error">
          Could not load the tokens: {error.message}
        </p>
      ) : null}
      <table className="token-table" aria-label="API tokens">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.length === 0 ? (
            <tr>
              <td colSpan={5} className="pane-note">
                No tokens yet.
              </td>
            </tr>
          ) : null}
          {tokens.map((token) => (
            <tr key={token.id}>
              <th scope="row">{token.name}</th>
              <td>{formatDate(token.createdAt, timeZone)}</td>
              <td>{token.lastUsedAt ? formatDate(token.lastUsedAt, timeZone) : 'Never'}</td>
              <td>{token.revokedAt ? `Revoked ${formatDate(token.revokedAt, timeZone)}` : 'Active'}</td>
              <td>
                {token.revokedAt ? null : (
                  <button
                    type="button"
                    className="button destructive"
                    onClick={() => {
                      setRevokeError(null);
                      setRevoking(token);
                    }}
                    aria-label={`Revoke ${token.name}`}
                  >
                    Revoke…
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {created ? (
        <SecretOnceDialog
          title={`API token “${created.name}” created`}
          secret={created.secret}
          lost="if you lose it, revoke the token and create a new one."
          onClose={() => setCreated(null)}
        />
      ) : null}
      {revoking ? (
        <Dialog title={`Revoke token “${revoking.name}”?`} onClose={() => setRevoking(null)}>
          <p>Scripts using it will be refused from now on. This cannot be undone.</p>
          {revokeError ? (
            <p role="alert" className="field-error">
              {revokeError}
            </p>
          ) : null}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setRevoking(null)}>
              Cancel
            </button>
            <button type="button" className="button destructive" onClick={confirmRevoke}>
              Revoke token
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}

'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Field, fieldErrors, message, Page, States } from '@/components/ui';
import { can, useSession } from '@/lib/session';

/** Staff users (OWNER and ADMIN only; others are told so, and the API refuses them anyway). */
export default function Team() {
  const { client, role } = useSession();
  const queries = useQueryClient();
  const allowed = can.manageTeam(role);
  const users = useQuery({ queryKey: ['users'], queryFn: () => client.users.list(), enabled: allowed });
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!allowed)
    return (
      <Page title="Team" crumbs={[{ label: 'Team' }]}>
        <p role="alert" className="alert">
          Only owners and admins manage the team.
        </p>
      </Page>
    );
  return (
    <Page title="Team" crumbs={[{ label: 'Team' }]}>
      <States query={users} empty="No users." isEmpty={(d) => d.data.length === 0}>
        {(d) => (
          <table>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
              </tr>
            </thead>
            <tbody>
              {d.data.map((u) => (
                <tr key={u.id}>
                  <td>{u.email}</td>
                  <td>{u.name}</td>
                  <td>{u.role}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </States>
      <form
        className="panel"
        aria-labelledby="add-user-h"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const data = new FormData(form);
          setErrors({});
          try {
            await client.users.create({
              email: String(data.get('email')),
              password: String(data.get('password')),
              role: data.get('role') === 'ADMIN' ? 'ADMIN' : 'STAFF',
            });
            form.reset();
            await queries.invalidateQueries({ queryKey: ['users'] });
          } catch (err) {
            setErrors({ ...fieldErrors(err), form: message(err) });
          }
        }}
      >
        <h2 id="add-user-h">Add a user</h2>
        <Field label="Email" name="email" type="email" required error={errors.email} />
        <Field
          label="Temporary password"
          name="password"
          type="password"
          minLength={8}
          required
          error={errors.password}
        />
        <div className="field">
          <label htmlFor="new-role">Role</label>
          <select id="new-role" name="role" defaultValue="STAFF">
            <option value="STAFF">Staff</option>
            <option value="ADMIN">Admin</option>
          </select>
        </div>
        {errors.form ? (
          <p role="alert" className="error">
            {errors.form}
          </p>
        ) : null}
        <button type="submit" className="primary">
          Add user
        </button>
      </form>
    </Page>
  );
}

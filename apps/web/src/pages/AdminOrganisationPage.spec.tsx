import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import {
  AdminRegionsDocument,
  CreateBoutiqueDocument,
  UpdateBoutiqueDocument,
  UpdateRegionDocument,
} from '../modules/organisation/graphql/organisation.graphql';
import { BoutiqueOptionsDocument } from '../modules/users/graphql/users.graphql';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';

const admin = aViewer({ roles: ['ADMIN'] });

/** Filling the whole boutique form (two Mantine selects, one searched) takes a few seconds in jsdom. */
const FORM_TIMEOUT = 20_000;

function aBoutique(overrides: Record<string, unknown> & { regionId: string }) {
  const { regionId, ...rest } = overrides;
  return {
    __typename: 'Boutique',
    id: 'b-1',
    name: 'Paris Saint-Honoré',
    city: 'Paris',
    country: 'FR',
    timezone: 'Europe/Paris',
    locale: 'fr',
    advisorCount: 12,
    region: { __typename: 'Region', id: regionId },
    ...rest,
  };
}

const paris = aBoutique({ regionId: 'r-eu' });
const london = aBoutique({
  regionId: 'r-eu',
  id: 'b-2',
  name: 'London Bond Street',
  city: 'London',
  country: 'GB',
  timezone: 'Europe/London',
  locale: 'en',
  advisorCount: 1234,
});
const tokyo = aBoutique({
  regionId: 'r-asia',
  id: 'b-new',
  name: 'Tokyo Ginza',
  city: 'Tokyo',
  country: 'JP',
  timezone: 'Asia/Tokyo',
  locale: 'fr',
  advisorCount: 0,
});

function regions(asiaBoutiques: unknown[] = []) {
  return [
    { __typename: 'Region', id: 'r-eu', name: 'Europe', boutiques: [paris, london] },
    { __typename: 'Region', id: 'r-asia', name: 'Asia', boutiques: asiaBoutiques },
  ];
}

function regionsMock(asiaBoutiques: unknown[] = []) {
  return { request: { query: AdminRegionsDocument }, result: { data: { regions: regions(asiaBoutiques) } } };
}

const tokyoInput = {
  regionId: 'r-asia',
  name: 'Tokyo Ginza',
  city: 'Tokyo',
  country: 'JP',
  timezone: 'Asia/Tokyo',
  locale: 'fr',
};

/** Opens "Add boutique" in the Asia region and returns the dialog. */
async function openNewBoutiqueInAsia(user: ReturnType<typeof userEvent.setup>) {
  const asia = await screen.findByRole('region', { name: 'Asia' });
  await user.click(within(asia).getByRole('button', { name: 'Add boutique' }));
  return screen.findByRole('dialog', { name: 'New boutique' });
}

async function chooseOption(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, option: string, search?: string) {
  await user.click(input);
  if (search) await user.type(input, search);
  await user.click(await screen.findByRole('option', { name: option }));
}

async function fillTokyo(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
  await user.type(within(dialog).getByLabelText(/^Boutique/), tokyoInput.name);
  await user.type(within(dialog).getByLabelText(/^City/), tokyoInput.city);
  // Typed in lower case: the form upper-cases it.
  await user.type(within(dialog).getByLabelText(/^Country/), 'jp');
  await chooseOption(user, within(dialog).getByRole('combobox', { name: /^Time zone/ }), 'Asia/Tokyo', 'Tokyo');
  await chooseOption(user, within(dialog).getByRole('combobox', { name: /^Language/ }), 'French');
}

afterEach(() => sessionStore.reset());

describe('AdminOrganisationPage', () => {
  it('lists the regions with their boutiques', async () => {
    renderApp({ route: '/admin/organisation', viewer: admin, mocks: [regionsMock()] });

    const europe = await screen.findByRole('region', { name: 'Europe' });
    expect(within(europe).getByRole('heading', { name: 'Europe' })).toBeInTheDocument();
    const rows = within(europe).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const table = within(europe).getByRole('table', { name: 'Boutiques in Europe' });
    expect(within(table).getByRole('columnheader', { name: 'Actions' })).toBeInTheDocument();

    const parisCells = within(rows[0]).getAllByRole('cell');
    expect(parisCells[0]).toHaveTextContent('Paris Saint-Honoré');
    expect(parisCells[1]).toHaveTextContent('Paris · FR');
    expect(parisCells[2]).toHaveTextContent('Europe/Paris');
    expect(parisCells[3]).toHaveTextContent('French');
    expect(parisCells[4]).toHaveTextContent('12');
    expect(within(rows[0]).getByRole('button', { name: 'Edit Paris Saint-Honoré' })).toBeInTheDocument();

    const londonCells = within(rows[1]).getAllByRole('cell');
    expect(londonCells[0]).toHaveTextContent('London Bond Street');
    expect(londonCells[1]).toHaveTextContent('London · GB');
    expect(londonCells[2]).toHaveTextContent('Europe/London');
    expect(londonCells[3]).toHaveTextContent('English');
    expect(londonCells[4]).toHaveTextContent('1,234');

    const asia = screen.getByRole('region', { name: 'Asia' });
    expect(within(asia).getByText('No boutique in this region yet.')).toBeInTheDocument();
    expect(within(asia).queryByRole('table')).not.toBeInTheDocument();
  });

  it('creates a boutique in the region with exactly the typed values and shows it', async () => {
    const created = jest.fn(() => ({ data: { createBoutique: tokyo } }));
    const { cache } = renderApp({
      route: '/admin/organisation',
      viewer: admin,
      mocks: [
        regionsMock(),
        { request: { query: CreateBoutiqueDocument, variables: { input: tokyoInput } }, result: created },
        // The mutation refetches the regions.
        regionsMock([tokyo]),
      ],
    });
    const user = userEvent.setup();

    const dialog = await openNewBoutiqueInAsia(user);
    // The region of the card is preselected.
    expect(within(dialog).getByRole('combobox', { name: /^Region/ })).toHaveValue('Asia');
    await fillTokyo(user, dialog);
    expect(within(dialog).getByLabelText(/^Country/)).toHaveValue('JP');
    // The Users page's boutique pickers, read earlier and not on screen now.
    const pickerBoutique = { __typename: 'Boutique', id: 'b-1', name: 'Paris Saint-Honoré', city: 'Paris', timezone: 'Europe/Paris', locale: 'fr', region: { __typename: 'Region', id: 'r-eu', name: 'Europe' } };
    cache.writeQuery({ query: BoutiqueOptionsDocument, data: { boutiques: [pickerBoutique] } as never });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const asia = screen.getByRole('region', { name: 'Asia' });
    const row = await within(asia).findByRole('row', { name: /Tokyo Ginza/ });
    expect(row).toHaveTextContent('Tokyo · JP');
    expect(row).toHaveTextContent('Asia/Tokyo');
    expect(row).toHaveTextContent('French');
    expect(created).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog', { name: 'New boutique' })).not.toBeInTheDocument();
    expect(within(asia).queryByText('No boutique in this region yet.')).not.toBeInTheDocument();
    // …are dropped, to be read afresh with the new boutique when next shown.
    expect(cache.readQuery({ query: BoutiqueOptionsDocument })).toBeNull();
  }, FORM_TIMEOUT);

  it('sends only what the admin changed, so another admin’s change meanwhile (a corrected zone) is not reverted', async () => {
    const updated = jest.fn(() => ({ data: { updateBoutique: { ...paris, city: 'Paris 8e' } } }));
    renderApp({
      route: '/admin/organisation',
      viewer: admin,
      mocks: [regionsMock(), { request: { query: UpdateBoutiqueDocument, variables: { input: { id: 'b-1', city: 'Paris 8e' } } }, result: updated }, regionsMock()],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Paris Saint-Honoré' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit boutique' });
    const city = within(dialog).getByLabelText(/^City/);
    await user.clear(city);
    await user.type(city, 'Paris 8e');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(updated).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit boutique' })).not.toBeInTheDocument());
  }, FORM_TIMEOUT);

  it('shows NAME_TAKEN on the boutique name field', async () => {
    renderApp({
      route: '/admin/organisation',
      viewer: admin,
      mocks: [
        regionsMock(),
        {
          request: { query: CreateBoutiqueDocument, variables: { input: tokyoInput } },
          result: graphQLErrorResult('NAME_TAKEN', 'Name taken'),
        },
      ],
    });
    const user = userEvent.setup();

    const dialog = await openNewBoutiqueInAsia(user);
    await fillTokyo(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('This name is already used.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Boutique/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText(/^City/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog', { name: 'New boutique' })).toBeInTheDocument();
  }, FORM_TIMEOUT);

  it('validates the form on the client and sends nothing', async () => {
    const sent = jest.fn(() => ({ data: { createBoutique: tokyo } }));
    renderApp({
      route: '/admin/organisation',
      viewer: admin,
      mocks: [regionsMock(), { request: { query: CreateBoutiqueDocument, variables: () => true }, result: sent }],
    });
    const user = userEvent.setup();

    const dialog = await openNewBoutiqueInAsia(user);
    await user.type(within(dialog).getByLabelText(/^Boutique/), 'Tokyo Ginza');
    const country = within(dialog).getByLabelText(/^Country/);
    // The input caps typing at two letters; a longer value (pasted, autofilled) is still rejected on submit.
    await user.type(country, 'jpn');
    expect(country).toHaveValue('JP');
    fireEvent.change(country, { target: { value: 'JPN' } });
    expect(country).toHaveValue('JPN');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('Please enter a city.')).toBeInTheDocument();
    expect(within(dialog).getByText('Please enter a two-letter country code.')).toBeInTheDocument();
    expect(within(dialog).getByText('Please choose a time zone.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^City/)).toHaveAttribute('aria-invalid', 'true');
    expect(country).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText(/^Boutique/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).queryByText('Please choose a language.')).not.toBeInTheDocument();

    // A one-letter code is rejected as well.
    await user.clear(country);
    await user.type(country, 'j');
    await user.type(within(dialog).getByLabelText(/^City/), 'Tokyo');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Please enter a two-letter country code.')).toBeInTheDocument();
    expect(within(dialog).queryByText('Please enter a city.')).not.toBeInTheDocument();

    expect(sent).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'New boutique' })).toBeInTheDocument();
  }, FORM_TIMEOUT);

  it('renames a region with updateRegion', async () => {
    const updated = jest.fn(() => ({ data: { updateRegion: { __typename: 'Region', id: 'r-eu', name: 'Western Europe' } } }));
    renderApp({
      route: '/admin/organisation',
      viewer: admin,
      mocks: [
        regionsMock(),
        { request: { query: UpdateRegionDocument, variables: { input: { id: 'r-eu', name: 'Western Europe' } } }, result: updated },
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Rename Europe' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename region' });
    const name = within(dialog).getByLabelText(/^Region name/);
    expect(name).toHaveValue('Europe');
    await user.clear(name);
    await user.type(name, '  Western Europe ');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const renamed = await screen.findByRole('region', { name: 'Western Europe' });
    expect(within(renamed).getByRole('heading', { name: 'Western Europe' })).toBeInTheDocument();
    expect(within(renamed).getByText('Paris Saint-Honoré')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Europe' })).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Rename region' })).not.toBeInTheDocument();
    expect(updated).toHaveBeenCalledTimes(1);
  });
});

import { landingSpace, spacesFor } from './roles';

describe('spaces by role', () => {
  it('opens one space per role, in the shell order', () => {
    expect(spacesFor(['ADMIN', 'ADVISOR'])).toEqual(['learn', 'admin']);
    expect(spacesFor(['HR'])).toEqual(['insights']);
  });

  it('lands each single-role user in their own space', () => {
    expect(landingSpace(['ADVISOR'])).toBe('learn');
    expect(landingSpace(['AUTHOR'])).toBe('studio');
    expect(landingSpace(['HR'])).toBe('insights');
    expect(landingSpace(['ADMIN'])).toBe('admin');
  });

  it('lands a user without roles nowhere', () => {
    expect(landingSpace([])).toBeNull();
  });
});

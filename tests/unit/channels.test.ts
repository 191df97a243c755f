import { describe, expect, it } from 'vitest';
import { apiChannelNames } from '../../shared/api/channels';
import { apiChannels } from '../../shared/api/contract';

describe('the preload channel list', () => {
  it('names exactly the calls of the contract', () => {
    expect([...apiChannelNames].sort()).toEqual([...apiChannels].sort());
  });
});

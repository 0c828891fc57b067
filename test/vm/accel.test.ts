import { describe, it, expect } from 'vitest';
import { decideAccel, parseAccelRequest, type KvmProbe } from '../../shared/vm/accel.js';

const intel: KvmProbe = {
  devKvmReadWrite: true,
  cpuinfo: 'processor\t: 0\nflags\t\t: fpu vme de pse vmx sse2\n',
  modules: 'kvm_intel 380928 0 - Live 0x0000000000000000\nkvm 1142784 1 kvm_intel, Live 0x0\n',
};

describe('decideAccel', () => {
  it('auto picks KVM only when all three facts hold, and allows the TCG fallback', () => {
    expect(decideAccel('auto', intel)).toMatchObject({ accel: 'kvm', mayFallBackToTcg: true });
    const amd = { devKvmReadWrite: true, cpuinfo: 'flags : fpu svm lm\n', modules: 'kvm_amd 1 0 - Live 0x0\n' };
    expect(decideAccel('auto', amd).accel).toBe('kvm');
  });

  it('auto falls to TCG and names every missing fact', () => {
    const d = decideAccel('auto', { devKvmReadWrite: false, cpuinfo: 'flags : fpu sse2\n', modules: 'kvm 1 0 - Live\n' });
    expect(d.accel).toBe('tcg');
    expect(d.reason).toContain('/dev/kvm is not openable read-write');
    expect(d.reason).toContain('neither vmx nor svm');
    expect(d.reason).toContain('neither kvm_intel nor kvm_amd');
    expect(decideAccel('auto', { ...intel, modules: '' }).accel).toBe('tcg');
    expect(decideAccel('auto', { ...intel, devKvmReadWrite: false }).accel).toBe('tcg');
    // "vmx" must be a flag, not part of another word or another field.
    expect(decideAccel('auto', { ...intel, cpuinfo: 'model name : vmx-less\nflags : vmxnet\n' }).accel).toBe('tcg');
  });

  it('honours an explicit request without probing', () => {
    expect(decideAccel('kvm', { devKvmReadWrite: false, cpuinfo: '', modules: '' })).toMatchObject({ accel: 'kvm', mayFallBackToTcg: false });
    expect(decideAccel('tcg', intel)).toMatchObject({ accel: 'tcg', mayFallBackToTcg: false });
  });

  it('parses the input', () => {
    expect(parseAccelRequest(' KVM ')).toBe('kvm');
    expect(parseAccelRequest('hvf')).toBeUndefined();
  });
});

/**
 * Which accelerator to use. Pure: the caller reads the host (see `readKvmProbe` in host.ts) and passes
 * the facts in.
 */
import type { Accel } from './qemu-cmdline.js';

export type AccelRequest = 'auto' | Accel;

export interface KvmProbe {
  /** `/dev/kvm` could be opened read-write by this process. */
  devKvmReadWrite: boolean;
  /** Contents of /proc/cpuinfo ('' when unreadable). */
  cpuinfo: string;
  /** Contents of /proc/modules ('' when unreadable). */
  modules: string;
}

export interface AccelDecision {
  accel: Accel;
  /** One sentence for the log: why this accelerator. */
  reason: string;
  /** True when `auto` chose KVM: a silent KVM boot may then be retried once under TCG. */
  mayFallBackToTcg: boolean;
}

export function parseAccelRequest(text: string): AccelRequest | undefined {
  const t = text.trim().toLowerCase();
  return t === 'auto' || t === 'kvm' || t === 'tcg' ? t : undefined;
}

function cpuHasVirtualization(cpuinfo: string): boolean {
  return cpuinfo.split('\n').some((line) => /^flags\s*:/.test(line) && /\s(vmx|svm)(\s|$)/.test(line));
}

function kvmModuleLoaded(modules: string): boolean {
  return modules.split('\n').some((line) => /^(kvm_intel|kvm_amd)\s/.test(line));
}

export function decideAccel(request: AccelRequest, probe: KvmProbe): AccelDecision {
  if (request === 'tcg') return { accel: 'tcg', reason: 'TCG requested', mayFallBackToTcg: false };
  if (request === 'kvm') return { accel: 'kvm', reason: 'KVM requested', mayFallBackToTcg: false };
  const missing: string[] = [];
  if (!probe.devKvmReadWrite) missing.push('/dev/kvm is not openable read-write');
  if (!cpuHasVirtualization(probe.cpuinfo)) missing.push('the CPU flags show neither vmx nor svm');
  if (!kvmModuleLoaded(probe.modules)) missing.push('neither kvm_intel nor kvm_amd is loaded');
  if (missing.length > 0) return { accel: 'tcg', reason: `TCG: ${missing.join('; ')}`, mayFallBackToTcg: false };
  return { accel: 'kvm', reason: 'KVM: /dev/kvm usable, CPU has virtualization, kvm module loaded', mayFallBackToTcg: true };
}
